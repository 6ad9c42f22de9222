/// A statement found in a paragraph: what it says and where (character offsets in
/// the paragraph, end exclusive).
struct Found<Content> {
    let content: Content
    let start: Int
    let end: Int
}
