using System.Globalization;
using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;
using static OpenCityAomori.IntegrationTests.WorkflowSamples;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The business calendar's page (Admin) and the clock it gives the engine (Workflows), in one host.</summary>
public sealed partial class WorkflowEngineTests
{
    private const string CalendarPage = "/admin/settings/calendar";

    private static readonly string DueTomorrow = Definitions(
        "<bpmn:startEvent id=\"start\"><bpmn:messageEventDefinition messageRef=\"Message_CalendarTick\" /></bpmn:startEvent>"
        + $"<bpmn:userTask id=\"answer\" name=\"回答\">{Props(("role", "DeskStaff"), ("dueIn", "P1D"))}</bpmn:userTask><bpmn:endEvent id=\"end\" />"
        + Flow("f1", "start", "answer") + Flow("f2", "answer", "end"),
        "CalendarTick");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_calendar_page_refuses_bad_input_saves_closed_days_and_a_tasks_due_date_skips_them(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.Factory.AdminClientAsync();
        var page = await admin.GetStringAsync(CalendarPage);
        Assert.Contains("value=\"12/29\"", page, StringComparison.Ordinal);
        Assert.Contains("元日", page, StringComparison.Ordinal); // within any twelve months
        Assert.Contains("<caption>", page, StringComparison.Ordinal);

        using (var invalid = await admin.PostFormAsync(CalendarPage, CalendarPage, Calendar(closed: [0, 1, 2, 3, 4, 5, 6], holidays: true, "13/40", "1/3", "あした 休み")))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            Assert.Contains("少なくとも1つの曜日は開庁日にしてください。", html, StringComparison.Ordinal);
            Assert.Contains("年末年始の初日を「12/29」の形式で入力してください。", html, StringComparison.Ordinal);
            Assert.Contains("1行目「あした 休み」は日付で始まっていません。", html, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"YearEndFrom-error", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"field-error\" id=\"ClosedDays-error\">", html, StringComparison.Ordinal);
        }

        var english = await host.Factory.AdminClientAsync();
        using (var culture = await english.PostFormAsync(CalendarPage, "/account/culture", [new("culture", "en"), new("returnUrl", CalendarPage)]))
        using (var invalid = await english.PostFormAsync(CalendarPage, CalendarPage, Calendar(closed: [0, 6], holidays: true, "12/29", "", "2026-02-30")))
        {
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Contains("Enter the last day of the year-end holidays as 1/3.", html, StringComparison.Ordinal);
            Assert.Contains("Line 1 (&#x27;2026-02-30&#x27;) does not start with a date.", html, StringComparison.Ordinal);
        }

        // Every weekday open, holidays and the year end off: only the city's own closed days remain, so the due date is known.
        var today = DateOnly.FromDateTime(DateTime.UtcNow + TimeSpan.FromHours(9));
        var closedDays = $"{today.AddDays(1):yyyy-MM-dd} 市の休庁日（テスト）\n{today.AddDays(2):yyyy/M/d}";
        using (var saved = await admin.PostFormAsync(CalendarPage, CalendarPage, Calendar(closed: [], holidays: false, "", "", closedDays)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        page = await admin.GetStringAsync(CalendarPage);
        Assert.Contains("業務日カレンダーを保存しました。", page, StringComparison.Ordinal);
        Assert.Contains($"{today.AddDays(1):yyyy-MM-dd}（", page, StringComparison.Ordinal);
        Assert.Contains("市の休庁日（テスト）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("元日", page, StringComparison.Ordinal);

        await host.DeployAsync("calendar-due", DueTomorrow);
        var id = Assert.Single((await host.PublishAsync("CalendarTick", "calendar:1")).StartedInstances);
        var task = Assert.Single((await host.InstanceAsync(id)).Tasks);
        Assert.Equal(task.CreatedUtc.AddDays(3), task.DueUtc);

        var audit = await admin.GetStringAsync("/admin/audit?category=Admin");
        Assert.Contains("ClosedDayRecord", audit, StringComparison.Ordinal);
        Assert.Contains("BusinessCalendarRecord", audit, StringComparison.Ordinal);

        // Back to the defaults: the other tests of this host count days as a new site does.
        using var restored = await admin.PostFormAsync(CalendarPage, CalendarPage, Calendar(closed: [0, 6], holidays: true, "12/29", "1/3", ""));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("元日", await admin.GetStringAsync(CalendarPage), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Calendar(int[] closed, bool holidays, string yearEndFrom, string yearEndTo, string closedDays) =>
    [
        .. Enumerable.Range(0, 7).Select(d => new KeyValuePair<string, string>($"ClosedWeekdays[{d.ToString(CultureInfo.InvariantCulture)}]", closed.Contains(d) ? "true" : "false")),
        new("NationalHolidaysClosed", holidays ? "true" : "false"),
        new("YearEndFrom", yearEndFrom),
        new("YearEndTo", yearEndTo),
        new("ClosedDays", closedDays),
    ];
}
