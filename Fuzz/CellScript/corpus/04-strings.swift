let 名字 = "生成对抗网络"
let text = """
    第一行 \(名字)
    second line
    """
print(text.count, 名字.uppercased(), Double.pi.formatted(digits: 3), .relu, Double.infinity.isNaN)
/* block /* nested */ comment */
let z = zip([1, 2], ["a", "b"]).map { x, y in "\(x)\(y)" }.joined(separator: "-")
