using System.Text;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.UnitTests.Data;

public class CsvFileTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("青森市", "青森市")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("line1\r\nline2", "\"line1\r\nline2\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fields_are_quoted_only_when_rfc_4180_needs_it(string? value, string expected)
    {
        Assert.Equal(expected, FirstCell(value));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+A1", "'+A1")]
    [InlineData("-A1", "'-A1")]
    [InlineData("-5", "-5")]
    [InlineData("+81 17 761 4154", "+81 17 761 4154")]
    [InlineData("-", "-")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("+1+HYPERLINK(1)", "'+1+HYPERLINK(1)")]
    public void Values_a_spreadsheet_would_run_as_formulas_are_kept_as_text(string value, string expected)
    {
        Assert.Equal(expected, FirstCell(value));
    }

    [Fact]
    public void The_file_starts_with_a_utf8_bom_and_uses_crlf_line_ends()
    {
        var bytes = CsvFile.Write(["id", "title"], [["1", "連携事例, その1"], ["2", null]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal("id,title\r\n1,\"連携事例, その1\"\r\n2,\r\n", text);
    }

    /// <summary>The first cell of the first record, as written in the file.</summary>
    private static string FirstCell(string? value)
    {
        var bytes = CsvFile.Write(["value", "next"], [[value, "next"]]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var record = text["value,next\r\n".Length..];
        return record[..^",next\r\n".Length];
    }
}
