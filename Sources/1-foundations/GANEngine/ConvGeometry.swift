/// Sizes shared by a convolution and its im2col layout (the column matrix, whether written out or packed on the fly). The "image" is the conv2d input (or
/// the conv-transpose output); the "grid" is the conv2d output (or the conv-transpose input).
struct ConvGeometry: Sendable, Equatable {
    var batch: Int
    var imageChannels: Int, imageH: Int, imageW: Int
    var gridChannels: Int, gridH: Int, gridW: Int
    var kernelH: Int, kernelW: Int
    var stride: Int, padding: Int

    /// Rows of the column matrix: `imageChannels · kH · kW`.
    var columnRows: Int { imageChannels * kernelH * kernelW }
    /// Columns of the column matrix: `batch · gridH · gridW`.
    var columnCount: Int { batch * gridH * gridW }
}
