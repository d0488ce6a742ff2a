using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.IntegrationTests.Proposals;
using OpenCityAomori.Modules.Partnership.Models;
using static OpenCityAomori.IntegrationTests.Partnership.AgreementSteps;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Partnership;

/// <summary>The edit form's lists without JavaScript, its refusals that keep what was typed, and the follow-up log.</summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class AgreementEditorTests(ProposalHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rows_are_added_and_removed_without_javascript_and_bad_input_is_shown_back_with_its_message(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var desk = host.NewClient();
        await desk.LoginAsync("desk1@example.jp", Password);
        var id = await RegisterAsync(desk, "編集の試験 " + provider, "KEIZAI-SEISAKU");
        var edit = Page(id) + "/edit";
        var form = await desk.GetStringAsync(edit);
        Assert.Contains("value=\"観光振興に関する事項\"", form, StringComparison.Ordinal);

        List<KeyValuePair<string, string>> Fields(string submit, string corporateNumber = "１２３４５６７８９０１２３", params KeyValuePair<string, string>[] extra) =>
        [
            new("Form.Type", "Comprehensive"), new("Form.Title", "編集の試験 " + provider), new("Form.Department", "KEIZAI-SEISAKU"),
            new("Form.Partners[0].Name", "株式会社テスト連携"), new("Form.Partners[0].CorporateNumber", corporateNumber),
            new("Form.Items[0].Ja", "残す事項"), new("Form.Items[1].Ja", "消す事項"), new("Form.Items[1].Remove", "true"), new("submit", submit), .. extra,
        ];

        // "Add a row" saves nothing: the form comes back with the ticked row gone and an empty one added.
        using (var added = await desk.PostFormAsync(edit, edit, Fields("add:items")))
        {
            var html = await added.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            Assert.Contains("value=\"残す事項\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("消す事項", html, StringComparison.Ordinal);
            Assert.Contains("name=\"Form.Items[1].Ja\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Form.Items[2]", html, StringComparison.Ordinal);
        }

        Assert.Equal(AgreementType.Business, (await AgreementAsync(host, id)).Type);
        using (var refused = await desk.PostFormAsync(edit, edit, Fields("save", extra: [new("Form.TermStart", "2026-05-01"), new("Form.TermEnd", "2026/4/1")])))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("法人番号は13桁の数字で、正しい番号を入力してください", html, StringComparison.Ordinal);
            Assert.Contains("期間の終了日は開始日以降の日付にしてください", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#Form_Partners_0__CorporateNumber\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"１２３４５６７８９０１２３\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"残す事項\"", html, StringComparison.Ordinal);
        }

        using (var saved = await desk.PostFormAsync(edit, edit, Fields("save", "７０００－０１２０－５０００２")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = await AgreementAsync(host, id);
        Assert.Equal(AgreementType.Comprehensive, stored.Type);
        Assert.Equal(["残す事項"], stored.Items().Select(i => i.Ja));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_follow_up_is_recorded_with_who_recorded_it_and_an_incomplete_one_is_refused(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var keizai = host.NewClient();
        await keizai.LoginAsync("keizai@example.jp", Password);
        var id = await RegisterAsync(keizai, "伴走の試験 " + provider, "KEIZAI-SEISAKU");

        using (var refused = await keizai.PostFormAsync(Page(id), Page(id) + "/follow-ups", [new("FollowUp.HeldOn", "2026-04-01"), new("FollowUp.Kind", "Visit"), new("FollowUp.NextSteps", "次回の打合せ")]))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("成果・内容を入力してください", html, StringComparison.Ordinal);
            Assert.Contains("次回の打合せ", html, StringComparison.Ordinal);
        }

        using (var recorded = await keizai.PostFormAsync(Page(id), Page(id) + "/follow-ups",
            [new("FollowUp.HeldOn", "2026-04-01"), new("FollowUp.Kind", "Visit"), new("FollowUp.Outcomes", "イベントの来場者 1,200 人"), new("FollowUp.NextSteps", "次回の打合せ")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        var page = await keizai.GetStringAsync(Page(id));
        Assert.Contains("イベントの来場者 1,200 人", page, StringComparison.Ordinal);
        Assert.Contains("令和8年4月1日", page, StringComparison.Ordinal);
        Assert.Contains("記録：経済 太郎", page, StringComparison.Ordinal);
    }
}
