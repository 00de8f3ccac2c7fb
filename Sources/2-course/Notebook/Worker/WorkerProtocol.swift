import Course
import Foundation

/// The messages between `ganbook` and its cell worker (`ganbook cell-worker`), which runs a
/// lesson's cells in a process of its own so that a crash, a runaway allocation or a timeout in a
/// cell ends only that process.
///
/// Transport: the parent writes ``WorkerJob``s to the worker's stdin, the worker writes
/// ``WorkerMessage``s to its stdout; each is one frame, a 4-byte big-endian length followed by
/// that many bytes of JSON. Byte payloads (snapshots, figures) travel as base64 `Data`.
///
/// A worker first sends `.ready`; then, per job, `.cellStarted` / `.cellFinished` for every cell
/// that runs, `.snapshot` for what a cell leaves for later cells, and `.done` at the end. Only the
/// parent writes the freeze and the snapshots. The worker exits when its stdin reaches EOF.
public enum WorkerProtocol {
    /// Bumped whenever a message changes shape; parent and worker must agree.
    public static let version = 2
    /// The largest frame either side accepts (a snapshot of a large model is tens of MB).
    static let maximumFrameBytes = 1 << 31
}

/// One lesson to run: the cells in `mustRun` and whatever they need that no snapshot holds
/// (the same rule as an in-process incremental run, see `RestorePlan`).
struct WorkerJob: Codable, Sendable {
    var version = WorkerProtocol.version
    var lessonsFolder: String
    /// The lesson file's path (for diagnostics), slug and whole text as the parent read it.
    var lessonPath: String
    var slug: String
    var source: String
    var allowRawHTML: Bool
    var courseSeed: UInt64
    /// The parent's cell keys: the worker checks that it parsed the same cells.
    var keys: [String]
    var mustRun: [Int]
    var previous: FrozenLesson
    /// Whether snapshots are read (restores) and produced (`.snapshot` messages).
    var useSnapshots: Bool
    /// The engine's GEMM and loop widths (`--threads`).
    var gemmThreads: Int
    var loopThreads: Int
}

/// What the worker reports, in order.
enum WorkerMessage: Codable, Sendable {
    /// The worker started and speaks `version`.
    case ready(version: Int, pid: Int32)
    /// Cell `index` starts to run (its time limit counts from here).
    case cellStarted(index: Int)
    /// Text the running cell printed, as it is printed.
    case printed(index: Int, text: String)
    /// A `Progress` loop advanced or finished (`finished` true).
    case progress(label: String, step: Int, total: Int, values: [ProgressValue], finished: Bool)
    /// The running cell's live slot (`showLive`) as markup for a page.
    case live(markup: String)
    /// A cell ended (ran, failed or was skipped), with the figures it made (file name → bytes).
    case cellFinished(FrozenCell, assets: [String: Data])
    /// The values cell `key` defined or changed, encoded as a snapshot file.
    case snapshot(key: String, seconds: Double, bytes: Data)
    /// A snapshot file that read back wrong (the parent deletes it and warns).
    case snapshotCorrupt(path: String, warning: String)
    /// A restore failed: the parent runs the whole lesson instead.
    case snapshotFallback(reason: String)
    /// The job finished (see `IncrementalRunSummary`).
    case done(ran: [String], ranForValues: [String], restored: [String])
    /// The job could not start (the lesson did not parse to the parent's cells).
    case rejected(reason: String)
}

/// One value a `Progress` loop reports (`loss 0.69`).
struct ProgressValue: Codable, Sendable, Equatable {
    var name: String
    var value: Double
}

/// Length-prefixed JSON frames over file descriptors.
enum WorkerFrame {
    /// The frame of `value`: its JSON length (4 bytes, big-endian) and the JSON.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let json = try JSONEncoder().encode(value)
        guard json.count < WorkerProtocol.maximumFrameBytes else { throw WorkerFrameError.tooLarge(json.count) }
        let length = UInt32(json.count)
        return [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)] + json
    }

    /// Writes all of `bytes` to `fd` (retrying short writes and EINTR).
    static func write(_ bytes: [UInt8], to fd: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WorkerFrameError.closed
            }
            offset += written
        }
    }

    /// Reads one whole frame's JSON from `fd`; nil at EOF before its first byte.
    static func read(from fd: Int32) throws -> Data? {
        guard let header = try readExactly(4, from: fd) else { return nil }
        let length = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
        guard length < WorkerProtocol.maximumFrameBytes else { throw WorkerFrameError.tooLarge(length) }
        guard let body = try readExactly(length, from: fd) else { throw WorkerFrameError.closed }
        return Data(body)
    }

    private static func readExactly(_ count: Int, from fd: Int32) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = buffer[offset...].withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw WorkerFrameError.closed
            }
            if got == 0 {
                if offset == 0 { return nil }
                throw WorkerFrameError.closed
            }
            offset += got
        }
        return buffer
    }
}

/// A broken pipe or a frame the other side should never send.
enum WorkerFrameError: Error, CustomStringConvertible {
    case closed
    case tooLarge(Int)
    case versionMismatch(parent: Int, worker: Int)

    var description: String {
        switch self {
        case .closed: return "the pipe to the cell worker closed"
        case .tooLarge(let bytes): return "a message of \(bytes) bytes is larger than the worker protocol allows"
        case .versionMismatch(let parent, let worker): return "the cell worker speaks protocol \(worker), ganbook \(parent)"
        }
    }
}
