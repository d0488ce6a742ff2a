using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.UnitTests.Proposals;

public sealed class DashboardFigureTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_whatever_the_order() =>
        Assert.Equal(4.0, Statistics.Median([9.5, 1.0, 4.0]));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values() =>
        Assert.Equal(3.5, Statistics.Median([10.0, 2.0, 5.0, 1.0]));

    [Fact]
    public void There_is_no_median_without_answered_proposals() =>
        Assert.Null(Statistics.Median([]));

    [Fact]
    public void The_twelve_months_end_with_the_current_month_in_Japan_time()
    {
        // 2026-01-31 16:00 UTC is already 1 February in Japan.
        var months = ProposalDashboard.MonthsEndingAt(new DateTime(2026, 1, 31, 16, 0, 0, DateTimeKind.Utc));
        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2025, 3, 1), months[0]);
        Assert.Equal(new DateOnly(2026, 2, 1), months[^1]);
    }

    [Fact]
    public void The_inbox_query_string_round_trips_every_filter()
    {
        var filter = new InboxFilter(ProposalStage.AwaitingProposer, "pilot", ProposalKind.Challenge, "KEIZAI-SEISAKU", true, "道路 センサー", true, 1, true);
        var url = InboxQuery.ExportUrl(filter);
        Assert.Equal("/admin/proposals/export.csv?stage=AwaitingProposer&scheme=pilot&kind=Challenge&department=KEIZAI-SEISAKU&q=%E9%81%93%E8%B7%AF%20%E3%82%BB%E3%83%B3%E3%82%B5%E3%83%BC&unread=true&overdue=true&sort=oldest", url);
        var query = new InboxQuery
        {
            Stage = "AwaitingProposer", Scheme = "pilot", Kind = "Challenge", Department = "KEIZAI-SEISAKU", Unread = true, Overdue = true, Q = "道路 センサー", Sort = "oldest", Page = 1,
        };
        Assert.Equal(filter, query.ToFilter());
        Assert.Equal("/admin/proposals", InboxQuery.InboxUrl(new InboxFilter()));
        Assert.Null(new InboxQuery { Stage = "99", Kind = "Nope" }.ToFilter().Stage);
    }
}
