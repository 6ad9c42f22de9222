import Foundation
import PackagePlugin

/// Builds the package's knowledge/ folder into the target: the audit binary carries its
/// default knowledge base, and a change to any knowledge file rebuilds it.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "knowledge")
        let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        let inputs = names.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledgeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the knowledge base", executable: try context.tool(named: "KnowledgeEmbedder").url,
                arguments: [folder.path, output.path], inputFiles: inputs, outputFiles: [output])
        ]
    }
}
