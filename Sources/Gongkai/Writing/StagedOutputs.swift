import Foundation
import XLSX

/// The outputs of one command, written in full to temporary files first and moved into place
/// together only when every one of them was written: a failure leaves none of them half done
/// and no earlier file replaced.
public struct StagedOutputs {
    private var staged: [(temporary: String, path: String)] = []

    /// Creates an empty set.
    public init() {}

    /// Writes one output through `write`, which is given the temporary path to write to; a
    /// failure is reported against `path`.
    public mutating func stage(_ path: String, write: (String) throws -> Void) throws {
        let temporary = TemporaryPath.beside(path)
        do {
            try write(temporary)
        } catch {
            unlink(temporary)
            discard()
            if case .writeFailed(_, let detail) = error as? XLSXError { throw XLSXError.writeFailed(path: path, detail: detail) }
            throw XLSXError.writeFailed(path: path, detail: "\(error)")
        }
        staged.append((temporary, path))
    }

    /// Moves every staged output into place.
    public mutating func commit() throws {
        for (index, output) in staged.enumerated() where rename(output.temporary, output.path) != 0 {
            let failure = XLSXError.writeFailed(path: output.path, detail: LibraryErrorText.system(errno))
            staged.removeFirst(index)
            discard()
            throw failure
        }
        staged = []
    }

    /// Removes every staged output.
    public mutating func discard() {
        for output in staged { unlink(output.temporary) }
        staged = []
    }
}
