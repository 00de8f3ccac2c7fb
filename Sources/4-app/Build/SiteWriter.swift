import Foundation
import Course
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole site into a temporary folder next to the destination and swaps it in at the
/// end, so a failed or killed build leaves the previous site intact and files of deleted lessons
/// do not linger.
public struct SiteWriter {
    public let destination: String

    public init(destination: String) {
        self.destination = destination
    }

    /// Writes `files` (relative path → bytes) as the new content of `destination`.
    /// - Throws: `SiteError.write` naming the path that failed.
    public func write(_ files: [String: [UInt8]]) throws {
        let fileManager = FileManager.default
        let staging = OutputFolderGuard.stagingPath(for: destination)
        if fileManager.fileExists(atPath: staging) {
            // Only this process's own leftover (same pid, earlier failed write) is ever removed here.
            guard OutputFolderGuard.isMarkedSite(staging) else {
                throw SiteError.unsafeOutput(path: staging, reason: "a folder ganbook did not write is in the way of the staging folder")
            }
            try? fileManager.removeItem(atPath: staging)
        }
        OutputFolderGuard.removeAbandonedStaging(for: destination)   // left by a killed build
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            guard fileManager.createFile(atPath: staging + "/" + OutputFolderGuard.markerName,
                                         contents: Data(OutputFolderGuard.markerText.utf8)) else {
                throw SiteError.write(path: staging, reason: "cannot create the staging folder's marker")
            }
            for (relativePath, bytes) in files.sorted(by: { $0.key < $1.key }) {
                let path = staging + "/" + relativePath
                try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
                guard fileManager.createFile(atPath: path, contents: Data(bytes)) else {
                    throw SiteError.write(path: path, reason: "cannot create file")
                }
            }
            try swap(staging: staging)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            if let siteError = error as? SiteError { throw siteError }
            throw SiteError.write(path: destination, reason: "\(error.localizedDescription)")
        }
    }

    /// Puts `staging` in place of `destination`: one atomic exchange where the kernel offers it,
    /// else two renames (the old site stays whole until the second).
    private func swap(staging: String) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: destination) {
            if AtomicExchange.exchange(staging, destination) {
                try? fileManager.removeItem(atPath: staging)
                return
            }
            let retired = staging + ".old"
            try? fileManager.removeItem(atPath: retired)
            guard rename(destination, retired) == 0 else {
                throw SiteError.write(path: destination, reason: String(cString: strerror(errno)))
            }
            guard rename(staging, destination) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(retired, destination)
                throw SiteError.write(path: destination, reason: reason)
            }
            try? fileManager.removeItem(atPath: retired)
        } else {
            guard rename(staging, destination) == 0 else {
                throw SiteError.write(path: destination, reason: String(cString: strerror(errno)))
            }
        }
    }
}

/// Errors of rendering and writing the site.
public enum SiteError: Error, Sendable, CustomStringConvertible {
    case write(path: String, reason: String)
    /// Every broken internal link, one diagnostic line each.
    case brokenLinks([String])
    /// Another build holds the lessons folder's lock.
    case busy(path: String, holder: String)
    /// `--out` names a folder a build must not replace (not a site ganbook wrote, or one that
    /// holds the lessons, the working directory, the home folder).
    case unsafeOutput(path: String, reason: String)

    public var description: String {
        switch self {
        case .write(let path, let reason): return "\(path): error: cannot write the site: \(reason)"
        case .brokenLinks(let lines): return lines.joined(separator: "\n")
        case .busy(let path, let holder):
            return "\(path): error: cannot wait for the build lock held by process \(holder)"
        case .unsafeOutput(let path, let reason):
            return "\(path): error: refusing to replace this folder with the site: \(reason)"
        }
    }
}

/// Linux's `renameat2(…, RENAME_EXCHANGE)`, which swaps two paths atomically. Glibc declares it
/// only under `_GNU_SOURCE`, which Swift's Glibc module does not set, so it is looked up at run
/// time; where it is missing (other systems, old kernels) `exchange` returns false.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let currentDirectory: Int32 = -100   // AT_FDCWD
    private static let exchangeFlag: UInt32 = 2         // RENAME_EXCHANGE

    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        return function(currentDirectory, first, currentDirectory, second, exchangeFlag) == 0
        #else
        return false
        #endif
    }
}
