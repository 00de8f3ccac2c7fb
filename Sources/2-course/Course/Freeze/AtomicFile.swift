import Foundation

/// Writes files so that a reader (or a build killed half-way) sees either the old content or
/// the new one, never a mix: write a temporary file in the same folder, then rename it.
public enum AtomicFile {
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw FreezeError.write(path: path, reason: "cannot create \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw FreezeError.write(path: path, reason: reason)
        }
    }
}
