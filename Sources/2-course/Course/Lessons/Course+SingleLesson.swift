import Foundation

extension Course {
    /// A course made of one lesson file, for `ganbook run FILE` on a lesson a student wrote or
    /// copied into a folder without `index.md`: the lesson is its only page (its home), its
    /// folder is the course folder (data files and `course.yml`, if any, are read from there).
    /// - Throws: `CourseError` naming the file at fault.
    public static func loadSingleLesson(path: String) throws -> Course {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let settings = try CourseSettings.load(folder: folder)
        let parser = LessonParser(allowRawHTML: settings.allowRawHTML)
        let name = (path as NSString).lastPathComponent
        let lesson = try loadLesson(path: path, fileName: name, parser: parser)
        return Course(folder: folder, settings: settings, home: lesson, lessons: [])
    }
}
