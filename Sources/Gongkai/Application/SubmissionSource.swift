import Foundation

/// A submission to work on: a file on disk, or bytes with their file name (an upload).
public enum SubmissionSource: Sendable {
    case file(String)
    case bytes(Data, name: String)

    /// The file name, as findings and reports name the submission.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .bytes(_, let name): return name
        }
    }
}
