// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the numeric code drop Swift's bounds checks. No `-march` flag: the engine
/// picks its AVX-512, AVX2 or portable kernels at run time (target CEngineKernels), so one build
/// runs on any x86-64 or arm64 CPU.
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

// Sources/ is grouped by layer, read bottom-up: 1-foundations (leaf libraries: language, engine,
// math, figures, codecs, TeX), 2-course (the course as data, the cell API, execution), 3-site
// (the HTML renderer), 4-app (build driver, preview server, commands, executables). A module
// depends only on modules in its own or a lower layer; ARCHITECTURE.md has the table.
let package = Package(
    name: "ganbook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ganbook", targets: ["ganbook"]),
        .executable(name: "ganbook-bench", targets: ["ganbook-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries (Debian/Ubuntu or Homebrew packages, found through pkg-config).
        .systemLibrary(name: "CCmarkGFM", path: "Sources/1-foundations/CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        .systemLibrary(name: "CPNG", path: "Sources/1-foundations/CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"]), .brew(["libpng"])]),
        // CPU detection and the engine's x86 kernels (per-function target attributes).
        // -O2 also in debug builds: the tests run these kernels on large products.
        .target(name: "CEngineKernels", path: "Sources/1-foundations/CEngineKernels", cSettings: [.unsafeFlags(["-O2"])]),

        // Leaf modules: each testable alone.
        .target(name: "PNGCodec", dependencies: ["CPNG"], path: "Sources/1-foundations/PNGCodec"),
        // exp, log, sin, … with the same bits on every CPU and libm (engine, distributions, cells).
        .target(name: "PortableMath", path: "Sources/1-foundations/PortableMath"),
        // A cell's memory budget, measured from the C allocator's statistics (engine and language).
        .target(name: "CHeapStatistics", path: "Sources/1-foundations/CHeapStatistics"),
        .target(name: "ResourceBudget", dependencies: ["CHeapStatistics"], path: "Sources/1-foundations/ResourceBudget"),
        .target(name: "GANEngine", dependencies: ["CEngineKernels", "PortableMath", "ResourceBudget"], path: "Sources/1-foundations/GANEngine", swiftSettings: numericSettings),
        .target(name: "CellScript", dependencies: ["PortableMath", "ResourceBudget"], path: "Sources/1-foundations/CellScript"),
        .target(name: "Figures", dependencies: ["PNGCodec", "MarkupText", "PortableMath"], path: "Sources/1-foundations/Figures"),
        // The one escaping rule for HTML, SVG and MathML text.
        .target(name: "MarkupText", path: "Sources/1-foundations/MarkupText"),
        .target(name: "TeXMath", dependencies: ["MarkupText"], path: "Sources/1-foundations/TeXMath"),
        .target(name: "Distributions", dependencies: ["PortableMath"], path: "Sources/1-foundations/Distributions"),

        // The course as data: lessons, front matter, Markdown + math protection, cell sources and
        // options, the freeze store, content hashes, atomic files.
        .target(name: "Course", dependencies: [
            "CCmarkGFM", .product(name: "Yams", package: "Yams"),
        ], path: "Sources/2-course/Course"),
        // Everything a cell can call, one registration record per builtin.
        .target(name: "Builtins", dependencies: [
            "Course", "CellScript", "GANEngine", "PortableMath", "Distributions", "Figures", "PNGCodec", "ResourceBudget",
            "MarkupText",
        ], path: "Sources/2-course/Builtins"),
        // Execution: dependency analysis, cell keys, incremental runs, value snapshots.
        .target(name: "Notebook", dependencies: [
            "Course", "Builtins", "CellScript", "GANEngine", "PortableMath", "Distributions", "Figures",
        ], path: "Sources/2-course/Notebook"),
        // HTML pages from data it is given: layout, math, highlighting, search index, link check.
        .target(name: "Site", dependencies: ["Course", "TeXMath", "CellScript", "MarkupText"], path: "Sources/3-site/Site"),
        // The driver: load → plan → run → render → write, build lock, atomic site writer.
        .target(name: "Build", dependencies: ["Course", "Builtins", "Notebook", "Site"], path: "Sources/4-app/Build"),
        // `ganbook serve`: the site over HTTP on 127.0.0.1 with live reload.
        .target(name: "PreviewServer", dependencies: ["Build", "Builtins", "Course", "Notebook", "Site", "MarkupText"], path: "Sources/4-app/PreviewServer"),
        .target(name: "GANBookCLI", dependencies: [
            "Build", "Builtins", "Course", "Notebook", "PreviewServer", "GANEngine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/4-app/GANBookCLI"),
        .executableTarget(name: "ganbook", dependencies: ["GANBookCLI"], path: "Sources/4-app/ganbook"),
        .executableTarget(name: "ganbook-bench",
                          dependencies: ["GANEngine", "CellScript", "Figures", "PNGCodec", "TeXMath", "Distributions", "Course",
                                         "Builtins", "Site", "PortableMath"],
                          path: "Sources/4-app/ganbook-bench",
                          swiftSettings: numericSettings),

        .testTarget(name: "GANEngineTests", dependencies: ["GANEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CellScriptTests", dependencies: ["CellScript"], resources: [.copy("Scripts")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "PNGCodec"], resources: [.copy("Golden")]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath", "MarkupText"]),
        .testTarget(name: "DistributionsTests", dependencies: ["Distributions"]),
        .testTarget(name: "CourseTests", dependencies: ["Course"]),
        // Issue 20's hostile cells, shared by the in-process and the worker suites.
        .target(name: "HostileCells", path: "Tests/HostileCells"),
        .testTarget(name: "BuiltinsTests", dependencies: ["Builtins", "Course", "CellScript", "ResourceBudget", "HostileCells"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Course", "Builtins", "CellScript", "GANEngine", "HostileCells"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Course", "CellScript", "MarkupText"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Course", "Site", "MarkupText"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "Build", "Notebook", "Course"]),
        .testTarget(name: "GANBookCLITests", dependencies: ["GANBookCLI"]),
        .testTarget(name: "PortableMathTests", dependencies: ["PortableMath"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkupTextTests", dependencies: ["MarkupText"]),
    ]
)
