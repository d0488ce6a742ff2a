using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Proposals.Models;
using static OpenCityAomori.IntegrationTests.Proposals.ProposalHosts;

namespace OpenCityAomori.IntegrationTests.Proposals;

/// <summary>
/// Editors add questions to the proposal form in the Forms admin: Forms renders and checks them, Proposals keeps the
/// answers on the proposal; Forms stores nothing and never serves the form itself; disclosure withholds the answers until released.
/// </summary>
[Collection(ProposalSiteCollection.Name)]
public sealed class ProposalEditorFieldsTests(ProposalHosts hosts)
{
    private const string Withheld = "■■■（不開示：開示の対象に選ばれていません）";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Questions_editors_add_are_asked_checked_kept_on_the_proposal_and_withheld_from_disclosure_until_released(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var admin = await host.AdminClientAsync();

        // The core fields are the module's: listed as locked, not editable, and the form is not served by Forms.
        var definition = await admin.GetStringAsync("/admin/forms/proposal");
        Assert.Contains("<code>applicant_type</code>", definition, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/forms/proposal/fields/applicant_type/delete", definition, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.NewClient().Http.GetAsync("/forms/proposal")).StatusCode);

        await AddFieldAsync(admin, "budget_range", "Select", "想定する事業規模", "Expected scale", required: true, options: "small|100万円未満|Under 1 million yen\nlarge|100万円以上|1 million yen or more");
        await AddFieldAsync(admin, "referral", "Text", "この制度を知ったきっかけ", "How you heard of the scheme", required: false);
        try
        {
            var visitor = host.NewClient();
            var form = await visitor.GetStringAsync("/propose");
            Assert.Contains("その他の項目", form, StringComparison.Ordinal);
            Assert.Contains("id=\"f_budget_range\"", form, StringComparison.Ordinal);
            Assert.Contains("Under 1 million yen", await visitor.GetStringAsync("/en/propose"), StringComparison.Ordinal);

            var title = "追加項目の試験 " + provider;
            using (var missing = await visitor.PostMultipartAsync("/propose", "/propose", Fields(title, $"extra-{provider}@example.jp")))
            {
                var page = await missing.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
                Assert.Contains("想定する事業規模を選んでください。", page, StringComparison.Ordinal);
                Assert.Contains("href=\"#f_budget_range\"", page, StringComparison.Ordinal);
                Assert.Contains(title, page, StringComparison.Ordinal);
            }

            Assert.False(await WithDbAsync(host, db => db.Proposals.AnyAsync(p => p.Title == title)));
            var answers = Fields(title, $"extra-{provider}@example.jp");
            answers.Add(new("f_budget_range", "large"));
            answers.Add(new("f_referral", "<b>市の広報</b>"));
            using (var posted = await visitor.PostMultipartAsync("/propose", "/propose", answers))
            {
                Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            }

            var proposal = await ProposalAsync(host, title);
            Assert.Contains("\"large\"", proposal.EditorFieldsJson, StringComparison.Ordinal);
            await using (var scope = host.Factory.Services.CreateAsyncScope())
            {
                var forms = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
                Assert.False(await forms.Submissions.AnyAsync(s => s.FormName == "proposal"));
            }

            var desk = host.NewClient();
            await desk.LoginAsync("desk1@example.jp", Password);
            var detail = await desk.GetStringAsync($"/admin/proposals/{proposal.Id}");
            Assert.Contains("100万円以上", detail, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;市の広報&lt;/b&gt;", detail, StringComparison.Ordinal);

            var url = $"/admin/proposals/{proposal.Id}/disclosure";
            Assert.Contains(DisclosureKeys.EditorField("budget_range"), await desk.GetStringAsync(url), StringComparison.Ordinal);
            var before = await desk.GetStringAsync(url + "/print");
            Assert.DoesNotContain("100万円以上", before, StringComparison.Ordinal);
            Assert.Contains(Withheld, before, StringComparison.Ordinal);
            using (var release = await desk.PostFormAsync(url, url + "/release", [new("released", DisclosureKeys.EditorField("budget_range"))]))
            {
                Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
            }

            var after = await desk.GetStringAsync(url + "/print");
            Assert.Contains("100万円以上", after, StringComparison.Ordinal);
            Assert.DoesNotContain("市の広報", after, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var field in new[] { "budget_range", "referral" })
            {
                using var removed = await admin.PostFormAsync("/admin/forms/proposal", $"/admin/forms/proposal/fields/{field}/delete", []);
            }
        }

        Assert.DoesNotContain("その他の項目", await host.NewClient().GetStringAsync("/propose"), StringComparison.Ordinal);
    }

    private static async Task AddFieldAsync(StaffClient admin, string name, string kind, string labelJa, string labelEn, bool required, string options = "")
    {
        using var added = await admin.PostFormAsync("/admin/forms/proposal/fields/new", "/admin/forms/proposal/fields/new",
        [
            new("Form.Name", name), new("Form.Kind", kind), new("Form.LabelJa", labelJa), new("Form.LabelEn", labelEn),
            new("Form.Required", required ? "true" : "false"), new("Form.Options", options),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }
}
