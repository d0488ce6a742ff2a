using System.Text;
using OpenCityAomori.Modules.Media.Services;

namespace OpenCityAomori.UnitTests.Media;

public class FileNameSanitizerTests
{
    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("..\\..\\windows\\system32\\evil.png", "evil.png")]
    [InlineData("/var/www/../../x.png", "x.png")]
    public void Directories_and_traversal_are_stripped(string name, string expected)
    {
        Assert.Equal(expected, FileNameSanitizer.Sanitize(name, "png"));
    }

    [Fact]
    public void The_passwd_path_keeps_only_its_last_segment()
    {
        var safe = FileNameSanitizer.Sanitize("../../etc/passwd", "png");

        Assert.Equal("passwd.png", safe);
        Assert.DoesNotContain("/", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("..", safe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("青森駅前の歩行者数.png", "青森駅前の歩行者数.png")]
    [InlineData("ねぶた祭り_2024-写真.jpeg", "ねぶた祭り_2024-写真.jpeg")]
    [InlineData("公民連携　ガイド（第２版）.pdf", "公民連携-ガイド-第２版.pdf")]
    [InlineData("report v1.2 final.pdf", "report-v1.2-final.pdf")]
    public void Japanese_is_kept_and_spaces_and_punctuation_become_hyphens(string name, string expected)
    {
        Assert.Equal(expected, FileNameSanitizer.Sanitize(name, FileNameExtension(name)));
    }

    [Fact]
    public void Decomposed_kana_are_composed_to_nfc()
    {
        var decomposed = "カ\u3099イト\u3099.png"; // ガイド written with combining voiced marks, as macOS sends it

        var safe = FileNameSanitizer.Sanitize(decomposed, "png");

        Assert.Equal("ガイド.png", safe);
        Assert.True(safe.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("<b>alert(1)<i>.png", "b-alert-1-i.png")]
    [InlineData("a?b#c%d&e=f+g;h.png", "a-b-c-d-e-f-g-h.png")]
    [InlineData("tab\tnew\nline\u0000nul.png", "tab-new-line-nul.png")]
    [InlineData("\"quoted\" 'name'.png", "quoted-name.png")]
    [InlineData("a....b.png", "a-b.png")]
    [InlineData("..hidden.png", "hidden.png")]
    public void Characters_unsafe_in_urls_headers_or_file_systems_are_replaced(string name, string expected)
    {
        Assert.Equal(expected, FileNameSanitizer.Sanitize(name, "png"));
    }

    [Theory]
    [InlineData("", "file.png")]
    [InlineData("   .png", "file.png")]
    [InlineData("！？.png", "file.png")]
    [InlineData("CON.png", "CON-file.png")]
    public void Empty_or_reserved_names_get_a_safe_stem(string name, string expected)
    {
        Assert.Equal(expected, FileNameSanitizer.Sanitize(name, "png"));
    }

    [Fact]
    public void Long_names_are_cut_without_splitting_characters()
    {
        var name = string.Concat(Enumerable.Repeat("青森𩸽", 60)) + ".png"; // 𩸽 is a surrogate pair

        var safe = FileNameSanitizer.Sanitize(name, "png");

        Assert.True(safe.Length <= FileNameSanitizer.MaxStemLength + ".png".Length);
        Assert.EndsWith(".png", safe, StringComparison.Ordinal);
        Assert.True(safe.IsNormalized());
        Assert.StartsWith("青森𩸽青森𩸽", safe, StringComparison.Ordinal);

        // A lone surrogate would not survive the round trip through UTF-8 (it becomes U+FFFD).
        Assert.Equal(safe, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(safe)));
    }

    [Fact]
    public void The_extension_given_is_used_not_the_clients()
    {
        Assert.Equal("photo.JPG.jpg", FileNameSanitizer.Sanitize("photo.JPG.exe", "jpg"));
    }

    private static string FileNameExtension(string name) => name[(name.LastIndexOf('.') + 1)..];
}
