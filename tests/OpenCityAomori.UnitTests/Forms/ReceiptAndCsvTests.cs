using System.Text;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Models;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.UnitTests.Forms;

public sealed class ReceiptAndCsvTests
{
    [Fact]
    public void Receipt_numbers_use_the_day_in_Japan()
    {
        var lateEveningUtc = new DateTime(2026, 11, 28, 16, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 11, 29), JapanTime.Day(lateEveningUtc));
        Assert.Equal("C-20261129-0007", ReceiptNumbers.Format("C", JapanTime.Day(lateEveningUtc), 7));
        Assert.Equal("C-20261129-12345", ReceiptNumbers.Format("C", new DateOnly(2026, 11, 29), 12345));
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM", "'@SUM")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-5", "-5")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("+81 17 761 4154", "+81 17 761 4154")]
    [InlineData("-", "-")]
    [InlineData("-10-20", "'-10-20")]
    [InlineData("+81 17-761-4154", "'+81 17-761-4154")]
    [InlineData("017-761-4154", "017-761-4154")]
    [InlineData("青森", "青森")]
    [InlineData("", "")]
    public void Cells_that_spreadsheets_would_run_are_defused(string value, string expected) =>
        Assert.Equal(expected, OpenCityAomori.Core.Data.CsvCells.Defuse(value));

    [Fact]
    public void The_csv_starts_with_a_bom_and_has_a_column_per_field()
    {
        var form = new FormDefinition { Id = 1, Name = "contact", TitleJa = "お問い合わせ" };
        form.SetFields([new FormField { Name = "name", LabelJa = "氏名" }, new FormField { Name = "subject", LabelJa = "件名" }]);
        var submission = new FormSubmission { Id = 5, FormId = 1, FormName = "contact", ReceiptNumber = "C-20261128-0001", SubmittedUtc = new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc), ValuesJson = "{\"name\":\"青森, 太郎\",\"subject\":\"=1+1\"}" };

        var bytes = SubmissionCsv.Write([submission], [form], english: false);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",氏名,件名", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("C-20261128-0001,contact,2026-11-28 10:00:00,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"青森, 太郎\",'=1+1", lines[1], StringComparison.Ordinal);
    }
}
