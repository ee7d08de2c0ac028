import Foundation
import Gongkai
import Hummingbird
import NIOCore

/// The HTTP API (docs/api.md): uploads, the ledger's entries and their outputs, diffs, deletion.
struct SubmissionRoutes: Sendable {
    let ledger: Ledger
    let pool: ConversionPool
    let service: SubmissionService
    let uploadLimit: Int

    /// The kinds of file Gongkai reads, by extension.
    static let readableExtensions: Set<String> = ["xlsx", "xlsm", "xls", "json", "csv", "tsv", "txt"]

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/submissions") { request, _ in try await upload(request) }
        router.get("/api/submissions") { request, _ in try await list(request) }
        router.get("/api/submissions/{id}") { _, context in try await detail(try id(context)) }
        router.delete("/api/submissions/{id}") { _, context in
            guard try await ledger.delete(try id(context)) else { throw APIError.notFound("该报送记录") }
            return Response(status: .noContent)
        }
        for output in [ProcessedSubmission.Output.standard, .report, .accounts] {
            router.get("/api/submissions/{id}/\(output.rawValue)") { _, context in try await download(output, of: try id(context)) }
        }
        router.get("/api/diff") { request, _ in try await diff(request) }
    }

    private func id(_ context: BasicRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw APIError.notFound("该报送记录（编号应为数字）") }
        return id
    }

    private func upload(_ request: Request) async throws -> Response {
        let contentType = request.headers[.contentType] ?? ""
        // Several files may come at once: the body may hold up to 8 files of the limit.
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: uploadLimit * 8 + 1024 * 1024)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "上传内容过大：每个文件不超过 \(uploadLimit / 1024 / 1024) MiB，一次最多 8 个这样大的文件")
        }
        let form: MultipartForm
        do {
            form = try MultipartForm(body: Data(buffer: body), contentType: contentType)
        } catch {
            throw APIError(.badRequest, "请以 multipart/form-data 上传文件，字段名为 file")
        }
        let files = form.parts.filter { $0.name == "file" }
        guard !files.isEmpty else { throw APIError(.badRequest, "没有收到文件：请在字段 file 中上传一个或多个报送文件") }
        for file in files {
            let name = file.fileName ?? "未命名"
            if file.data.count > uploadLimit {
                throw APIError(.contentTooLarge, "文件“\(name)”大小 \(file.data.count / 1024 / 1024) MiB，超过每个文件 \(uploadLimit / 1024 / 1024) MiB 的上限")
            }
            guard Self.isReadableKind(name: name, data: file.data) else {
                throw APIError(.unsupportedMediaType, "无法处理文件“\(name)”：只接受 .xlsx、.xlsm、.xls 工作簿，规范 JSON 或 .csv/.tsv/.txt 表格文本")
            }
        }
        var entries: [[String: Any]] = []
        for file in files {
            let name = file.fileName ?? "未命名"
            let service = service
            let data = file.data
            let processed = await pool.run { ProcessedSubmission(data: data, file: name, service: service) }
            entries.append(try await ledger.record(processed, source: data).json)
        }
        return JSONResponse.make(["submissions": entries], status: .created)
    }

    private func list(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        var year: Int?
        if let text = query.get("year") {
            guard let value = Int(text) else { throw APIError(.badRequest, "year 应为年度数字，例如 2023") }
            year = value
        }
        let entries = try await ledger.entries(year: year, department: query.get("department"))
        return JSONResponse.make(["submissions": entries.map(\.json)])
    }

    private func detail(_ id: Int64) async throws -> Response {
        guard let entry = try await ledger.entry(id) else { throw APIError.notFound("编号为 \(id) 的报送记录") }
        var object = entry.json
        object["findings"] = []
        if let data = try await ledger.output(.findings, of: id), let report = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
            object["findings"] = report["findings"]
            object["summary"] = report["summary"]
        }
        if let data = try await ledger.output(.accounts, of: id), let accounts = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
            object["tables"] = accounts["tables"]
            object["missing_tables"] = accounts["missing_tables"]
        }
        if let html = try await ledger.output(.tables, of: id) { object["tables_html"] = String(decoding: html, as: UTF8.self) }
        return JSONResponse.make(object)
    }

    private func download(_ output: ProcessedSubmission.Output, of id: Int64) async throws -> Response {
        guard let entry = try await ledger.entry(id) else { throw APIError.notFound("编号为 \(id) 的报送记录") }
        guard let data = try await ledger.output(output, of: id) else {
            throw APIError(.notFound, "“\(entry.file)”无法读取，没有\(output == .accounts ? "规范 JSON" : "输出工作簿")")
        }
        let stem = URL(fileURLWithPath: entry.file).deletingPathExtension().lastPathComponent
        let suffix = [ProcessedSubmission.Output.standard: "-公开表.xlsx", .report: "-审核结果.xlsx", .accounts: ".json"][output] ?? ""
        return JSONResponse.bytes(data, type: output.contentType, download: stem + suffix)
    }

    private func diff(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        guard let a = query.get("a", as: Int64.self), let b = query.get("b", as: Int64.self) else {
            throw APIError(.badRequest, "请用 a 和 b 给出要比较的两个报送编号，例如 /api/diff?a=1&b=2")
        }
        guard let first = try await ledger.entry(a) else { throw APIError.notFound("编号为 \(a) 的报送记录") }
        guard let second = try await ledger.entry(b) else { throw APIError.notFound("编号为 \(b) 的报送记录") }
        guard first.status != "unreadable", second.status != "unreadable" else {
            throw APIError(.unprocessableContent, "无法比较：其中有无法读取的文件")
        }
        let (old, new) = (try ledger.source(of: first), try ledger.source(of: second))
        let importer = service.importer
        let result: Result<Data, Error> = await pool.run {
            Result {
                let (before, profile) = try importer.loadInProfile(data: old, name: first.file)
                var same = importer
                same.profileID = profile.id
                let (after, _) = try same.loadInProfile(data: new, name: second.file)
                return try FigureDiff(old: before, new: after, profile: profile).json()
            }
        }
        let data = try result.get()
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw APIError(.internalServerError, "比对结果无法生成") }
        object["a"] = first.json
        object["b"] = second.json
        return JSONResponse.make(object)
    }

    /// Whether `data` named `name` is a kind Gongkai reads: by its extension, or by its first
    /// bytes (a ZIP package, an OLE compound file, JSON) when it has none it knows.
    static func isReadableKind(name: String, data: Data) -> Bool {
        if readableExtensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) { return true }
        let head = [UInt8](data.prefix(8))
        return head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || head.first == UInt8(ascii: "{")
    }
}
