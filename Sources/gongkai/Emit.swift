import Foundation
import Gongkai
import XLSX

/// Writes a command's report: to `output` atomically, or to standard output.
enum Emit {
    static func data(_ data: Data, to output: String?) throws {
        if let output {
            try AtomicFile.write(data, to: output)
        } else {
            let sink = ByteSink(descriptor: 1)
            try data.withUnsafeBytes { try sink.write(bytes: $0.bindMemory(to: UInt8.self)) }
            try sink.flush()
        }
    }
}
