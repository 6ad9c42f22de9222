import AuditCLI
import Foundation

exit(AuditTool.run(Array(CommandLine.arguments.dropFirst()), context: .process))
