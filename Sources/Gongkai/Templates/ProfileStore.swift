import Foundation

/// Where profiles come from: the templates built into the program, or a folder of them.
public struct ProfileStore: Sendable {
    private let files: @Sendable (String) -> Data?
    private let listing: @Sendable () -> [String]
    private let cache = ProfileCache()

    private init(files: @escaping @Sendable (String) -> Data?, listing: @escaping @Sendable () -> [String]) {
        self.files = files
        self.listing = listing
    }

    /// The templates built into the program (generated from `templates/` by `scripts/embed-templates`).
    public static let builtIn = ProfileStore(
        files: { EmbeddedTemplates.files[$0].map { Data($0.utf8) } },
        listing: { EmbeddedTemplates.files.keys.filter { $0.hasSuffix("/profile.json") }.map { String($0.dropLast(13)) }.sorted() })

    /// The templates in `directory`, laid out like `templates/` (one folder per profile).
    public static func directory(_ directory: String) -> ProfileStore {
        ProfileStore(
            files: { FileManager.default.contents(atPath: directory + "/" + $0) },
            listing: {
                ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                    .filter { FileManager.default.fileExists(atPath: "\(directory)/\($0)/profile.json") }.sorted()
            })
    }

    /// The identifiers of the profiles available.
    public var profileIDs: [String] { listing() }

    /// Loads the profile `id` (decoded once per store).
    public func profile(_ id: String) throws -> Profile {
        if let cached = cache.profiles[id] { return cached }
        let profile = try decodeProfile(id)
        cache.profiles[id] = profile
        return profile
    }

    /// A recognizer producing accounts in the profile `id` and recognising every built-in layout (made once per store).
    public func recognizer(for id: String) throws -> SubmissionRecognizer {
        if let cached = cache.recognizers[id] { return cached }
        let output = try profile(id)
        let all = try ProfileStore.builtIn.profileIDs.map { try ProfileStore.builtIn.profile($0) }
        let recognizer = SubmissionRecognizer(profile: output, recognising: all)
        cache.recognizers[id] = recognizer
        return recognizer
    }

    private func decodeProfile(_ id: String) throws -> Profile {
        let decoder = JSONDecoder()
        guard let manifestData = files("\(id)/profile.json") else {
            throw TemplateError.unknownProfile(id, available: profileIDs)
        }
        let manifest: ProfileManifest
        do {
            manifest = try decoder.decode(ProfileManifest.self, from: manifestData)
        } catch {
            throw TemplateError.invalid(file: "\(id)/profile.json", detail: "\(error)")
        }
        var tables: [TableTemplate] = []
        for number in manifest.tables {
            let file = "\(id)/\(number).json"
            guard let data = files(file) else { throw TemplateError.missingFile(file) }
            do {
                let template = try decoder.decode(TableTemplate.self, from: data)
                try TemplateValidator.validate(template, file: file)
                tables.append(template)
            } catch let error as TemplateError {
                throw error
            } catch let error as DecodingError {
                throw TemplateError.invalid(file: file, detail: error.chineseDetail)
            } catch {
                throw TemplateError.invalid(file: file, detail: "\(error)")
            }
        }
        let kinds = Set(tables.map(\.kind))
        guard kinds.count == TableKind.allCases.count else {
            throw TemplateError.invalid(file: "\(id)/profile.json", detail: "九张表必须各出现一次")
        }
        return Profile(id: manifest.id, name: manifest.name, year: manifest.year, region: manifest.region, tables: tables)
    }
}

/// Profiles and recognizers already made, shared by every copy of a store and safe across threads.
private final class ProfileCache: @unchecked Sendable {
    let profiles = LockedDictionary<Profile>()
    let recognizers = LockedDictionary<SubmissionRecognizer>()
}

/// A dictionary behind a lock.
private final class LockedDictionary<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    subscript(key: String) -> Value? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return values[key]
        }
        set {
            lock.lock()
            values[key] = newValue
            lock.unlock()
        }
    }
}

/// A template that cannot be used, with the file and the reason.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// No profile with that identifier.
    case unknownProfile(String, available: [String])
    /// A table file the profile lists is missing.
    case missingFile(String)
    /// A file that is not a valid template.
    case invalid(file: String, detail: String)

    public var description: String {
        switch self {
        case .unknownProfile(let id, let available):
            return "没有名为 \(id) 的报表格式（可用：\(available.joined(separator: "、"))）"
        case .missingFile(let file):
            return "报表格式缺少文件 \(file)"
        case .invalid(let file, let detail):
            return "报表格式文件 \(file) 有误：\(detail)"
        }
    }
}
