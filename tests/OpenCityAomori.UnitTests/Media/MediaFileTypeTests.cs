using OpenCityAomori.Modules.Media.Services;

namespace OpenCityAomori.UnitTests.Media;

public class MediaFileTypeTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { nameof(MediaSamples.Png), "image/png" },
        { nameof(MediaSamples.Jpeg), "image/jpeg" },
        { nameof(MediaSamples.Gif), "image/gif" },
        { nameof(MediaSamples.WebP), "image/webp" },
        { nameof(MediaSamples.Pdf), "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Images_and_pdfs_are_recognised_by_their_bytes(string sample, string contentType)
    {
        Assert.Equal(contentType, MediaFileType.Detect(Sample(sample))?.ContentType);
    }

    [Theory]
    [InlineData(nameof(MediaSamples.Text))]
    [InlineData(nameof(MediaSamples.Svg))]
    [InlineData(nameof(MediaSamples.Html))]
    public void Text_svg_and_html_are_not_recognised_whatever_they_are_called(string sample)
    {
        Assert.Null(MediaFileType.Detect(Sample(sample)));
    }

    [Fact]
    public void A_text_file_named_png_is_not_a_png()
    {
        Assert.Equal("png", MediaFileType.ExtensionOf("photo.png"));
        Assert.Null(MediaFileType.Detect(MediaSamples.Text));
    }

    [Fact]
    public void A_png_named_pdf_is_detected_as_png_and_its_extension_disagrees()
    {
        var type = MediaFileType.Detect(MediaSamples.Png);

        Assert.Same(MediaFileType.Png, type);
        Assert.DoesNotContain(MediaFileType.ExtensionOf("report.pdf"), type!.Extensions);
    }

    [Fact]
    public void Truncated_signatures_and_empty_files_are_not_recognised()
    {
        Assert.Null(MediaFileType.Detect([]));
        Assert.Null(MediaFileType.Detect(MediaSamples.Png.AsSpan(0, 8)));
        Assert.Null(MediaFileType.Detect("RIFF\0\0\0\0WAVEfmt "u8));
        Assert.Null(MediaFileType.Detect(" %PDF-1.4"u8));
    }

    [Theory]
    [InlineData("photo.PNG", "png")]
    [InlineData("写真.jpeg", "jpeg")]
    [InlineData("C:\\Users\\taro\\地図.Pdf", "pdf")]
    [InlineData("archive.tar.gz", "gz")]
    [InlineData("noextension", "")]
    [InlineData(".png", "")]
    [InlineData("trailingdot.", "")]
    [InlineData(null, "")]
    public void The_extension_is_taken_lower_case_from_the_last_segment(string? name, string expected)
    {
        Assert.Equal(expected, MediaFileType.ExtensionOf(name));
    }

    private static byte[] Sample(string name) =>
        (byte[])typeof(MediaSamples).GetProperty(name)!.GetValue(null)!;
}
