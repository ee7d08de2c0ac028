import Foundation

/// What a writer that writes to a path (the C writers do) produces, as bytes: written to a
/// private temporary folder that is removed afterwards.
enum TemporaryOutput {
    static func bytes(_ write: (String) throws -> Void) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out").path
        try write(path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
