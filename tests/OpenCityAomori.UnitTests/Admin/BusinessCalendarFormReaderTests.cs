using OpenCityAomori.Modules.Admin.Controllers;
using OpenCityAomori.Modules.Admin.Models;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Admin;

public sealed class BusinessCalendarFormReaderTests
{
    [Fact]
    public void Closed_days_are_read_as_staff_type_them_and_reasons_kept_as_written()
    {
        var errors = new List<(string Field, string Message)>();
        var rules = BusinessCalendarFormReader.Read(
            Form("２０２６／８／１３　市の休庁日（お盆）\r\n\r\n2026年8月14日\n2027-01-04,仕事始め延期"), (f, m) => errors.Add((f, m)));

        Assert.Empty(errors);
        Assert.NotNull(rules);
        Assert.Equal("市の休庁日（お盆）", rules.ClosedDays[new(2026, 8, 13)]);
        Assert.Equal(string.Empty, rules.ClosedDays[new(2026, 8, 14)]);
        Assert.Equal("仕事始め延期", rules.ClosedDays[new(2027, 1, 4)]);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], rules.ClosedWeekdays.Order());
        Assert.Equal("2026-08-13 市の休庁日（お盆）\n2026-08-14\n2027-01-04 仕事始め延期", BusinessCalendarFormReader.Write(rules.ClosedDays));
    }

    [Fact]
    public void Each_wrong_line_and_field_is_named()
    {
        using var _ = UiCulture.Use("ja");
        var errors = new List<(string Field, string Message)>();
        var form = Form("2026-08-13\n2026-08-13 二回目\n1979-01-05\n8月13日");
        form.ClosedWeekdays = [true, true, true, true, true, true, true];
        form.YearEndFrom = "12/1";
        form.YearEndTo = "1/31";

        Assert.Null(BusinessCalendarFormReader.Read(form, (f, m) => errors.Add((f, m))));

        Assert.Equal(
        [
            ("ClosedWeekdays[1]", "少なくとも1つの曜日は開庁日にしてください。"),
            ("YearEndTo", "年末年始は31日以内にしてください。"),
            ("ClosedDays", "2行目の2026-08-13は既に入力されています。"),
            ("ClosedDays", "3行目の日付は1980年から2099年までで入力してください。"),
            ("ClosedDays", "4行目「8月13日」は日付で始まっていません。「2026-08-13 市の休庁日」のように1行に1日ずつ入力してください。"),
        ], errors);
    }

    [Fact]
    public void Empty_year_end_days_mean_no_year_end_closure_but_one_alone_is_an_error()
    {
        var none = BusinessCalendarFormReader.Read(Form(string.Empty, from: "", to: ""), (_, _) => Assert.Fail("no error expected"));
        Assert.Null(none!.YearEnd);

        var errors = new List<string>();
        Assert.Null(BusinessCalendarFormReader.Read(Form(string.Empty, from: "12/29", to: ""), (f, _) => errors.Add(f)));
        Assert.Equal(["YearEndTo"], errors);
    }

    private static BusinessCalendarForm Form(string closedDays, string from = "12/29", string to = "1/3") => new()
    {
        ClosedWeekdays = [true, false, false, false, false, false, true],
        NationalHolidaysClosed = true,
        YearEndFrom = from,
        YearEndTo = to,
        ClosedDays = closedDays,
    };
}
