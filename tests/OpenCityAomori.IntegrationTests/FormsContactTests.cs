using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The seeded contact form end to end over HTTP: stored before the thank-you page, then the event and e-mail.</summary>
public sealed partial class FormsContactTests
{
    public static List<KeyValuePair<string, string>> ValidContact(string subject = "公園の活用について") =>
    [
        new("f_organization", "株式会社テスト"),
        new("f_name", "青森 太郎"),
        new("f_email", "　ｔａｒｏ＠example.jp "),
        new("f_phone", "０１７ー７６１ー４１５４"),
        new("f_subject", subject),
        new("f_message", "合浦公園でのイベント開催について相談したいです。"),
        new("f_privacy", "true"),
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_contact_submission_is_stored_thanked_with_a_receipt_published_and_listed_for_staff(string provider)
    {
        await using var host = await FormsTestHost.StartAsync(provider);
        var visitor = host.NewClient();

        var page = await visitor.GetStringAsync("/contact");
        Assert.Contains("<html lang=\"ja\"", page, StringComparison.Ordinal);
        foreach (var label in new[] { "所属", "氏名", "連絡先（メールアドレス）", "連絡先（電話番号）", "件名", "内容", "個人情報の取扱いに同意します" })
        {
            Assert.Contains(label, page, StringComparison.Ordinal);
        }

        Assert.Contains("<label for=\"f_email\">", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f_email-help\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/contact\"", page, StringComparison.Ordinal);
        var english = await visitor.GetStringAsync("/en/contact");
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("Organisation", english, StringComparison.Ordinal);

        using var posted = await FormsTestHost.PostMultipartAsync(visitor, "/contact", ValidContact("=HYPERLINK(\"http://evil\")"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var thanksUrl = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/contact/thanks?t=", thanksUrl, StringComparison.Ordinal);

        // Stored before the thank-you page is shown.
        var stored = Assert.Single(await host.SubmissionsAsync());
        Assert.Matches("^C-[0-9]{8}-0001$", stored.ReceiptNumber);
        var values = stored.GetValues();
        Assert.Equal("017-761-4154", values["phone"]);
        Assert.Equal("taro@example.jp", values["email"]);
        Assert.Equal(SubmissionEventStatus.Published, stored.EventStatus);
        Assert.Equal(SubmissionEmailStatus.Queued, stored.EmailStatus);

        var thanks = await visitor.GetStringAsync(thanksUrl);
        Assert.Contains(stored.ReceiptNumber, thanks, StringComparison.Ordinal);

        // Someone else (another browser) cannot open the thank-you page with a made-up token.
        using (var forged = await host.NewClient().Http.GetAsync("/contact/thanks?t=abc"))
        {
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }

        var published = Assert.Single(host.Publisher.Events);
        Assert.Equal("FormSubmitted", published.Name);
        Assert.Equal($"form-submission:{stored.Id}", published.EventId);
        Assert.Equal(published.EventId, published.BusinessKey);
        Assert.Equal("contact", published.Data["formName"]);
        Assert.Equal(stored.ReceiptNumber, published.Data["receiptNumber"]);
        Assert.Equal($"/admin/forms/submissions/{stored.Id}", published.Data["adminUrl"]);
        Assert.Equal("ja", published.Data["culture"]);
        Assert.Equal("青森 太郎", published.Data["field.name"]);

        var confirmation = Assert.Single(host.Outbox.Messages);
        Assert.Equal(["taro@example.jp"], confirmation.To);
        Assert.Contains(stored.ReceiptNumber, confirmation.Subject, StringComparison.Ordinal);

        // Staff see it in the list, the detail and the CSV (formula defused, BOM first).
        var admin = await host.AdminClientAsync();
        Assert.Contains(stored.ReceiptNumber, await admin.GetStringAsync("/admin/forms/submissions?form=contact&q=" + Uri.EscapeDataString("合浦")), StringComparison.Ordinal);
        Assert.DoesNotContain(stored.ReceiptNumber, await admin.GetStringAsync("/admin/forms/submissions?q=nothing-like-this"), StringComparison.Ordinal);
        var detail = await admin.GetStringAsync($"/admin/forms/submissions/{stored.Id}");
        Assert.Contains("017-761-4154", detail, StringComparison.Ordinal);
        Assert.Contains("株式会社テスト", detail, StringComparison.Ordinal);
        using var csv = await admin.Http.GetAsync("/admin/forms/submissions/export.csv?form=contact");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains(stored.ReceiptNumber, text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("所属", text, StringComparison.Ordinal);

        // A second submission gets the next number; deleting one removes it.
        using var second = await FormsTestHost.PostMultipartAsync(visitor, "/en/contact", ValidContact());
        Assert.StartsWith("/en/contact/thanks?t=", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var both = await host.SubmissionsAsync();
        Assert.EndsWith("-0002", both[1].ReceiptNumber, StringComparison.Ordinal);
        Assert.Equal("en", both[1].Culture);
        using var deleted = await admin.PostFormAsync($"/admin/forms/submissions/{stored.Id}/delete", $"/admin/forms/submissions/{stored.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Single(await host.SubmissionsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invalid_input_is_answered_with_messages_and_kept_values_and_a_filled_honeypot_stores_nothing(string provider)
    {
        await using var host = await FormsTestHost.StartAsync(provider);
        var visitor = host.NewClient();
        var input = ValidContact();
        input.RemoveAll(p => p.Key is "f_privacy" or "f_name");
        input[input.FindIndex(p => p.Key == "f_email")] = new("f_email", "not-an-address");
        input.Add(new("f_name", string.Empty));

        using var invalid = await FormsTestHost.PostMultipartAsync(visitor, "/contact", input);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f_email\"", html, StringComparison.Ordinal);
        Assert.Contains("氏名を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("同意してください", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f_email-error f_email-help\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", html, StringComparison.Ordinal);
        Assert.Contains("株式会社テスト", html, StringComparison.Ordinal);
        Assert.Contains("value=\"017-761-4154\"", html, StringComparison.Ordinal);

        using var english = await FormsTestHost.PostMultipartAsync(visitor, "/en/contact", input);
        Assert.Contains("Enter Name.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bot = ValidContact();
        bot.Add(new("homepage", "http://spam.example"));
        using var trapped = await FormsTestHost.PostMultipartAsync(visitor, "/contact", bot);
        Assert.Equal(HttpStatusCode.Redirect, trapped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync(trapped.Headers.Location!.OriginalString)).StatusCode);

        Assert.Empty(await host.SubmissionsAsync());
        Assert.Empty(host.Publisher.Events);
        Assert.Empty(host.Outbox.Messages);
    }

    [Fact]
    public async Task Posts_beyond_the_rate_limit_are_refused_with_429()
    {
        // The limiter lives in the process, not the database: one provider is enough.
        const string provider = "Sqlite";
        await using var host = await FormsTestHost.StartAsync(provider, new Dictionary<string, string> { ["Forms:SubmitPermitLimit"] = "2", ["Forms:SubmitWindowSeconds"] = "600" });
        var visitor = host.NewClient();
        for (var i = 0; i < 2; i++)
        {
            using var accepted = await FormsTestHost.PostMultipartAsync(visitor, "/contact", ValidContact());
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var refused = await FormsTestHost.PostMultipartAsync(visitor, "/contact", ValidContact());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(2, (await host.SubmissionsAsync()).Count);

        // Reading the form is not limited.
        Assert.Contains("所属", await visitor.GetStringAsync("/contact"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failed_event_keeps_the_submission_marks_it_and_is_sent_again_later(string provider)
    {
        await using var host = await FormsTestHost.StartAsync(provider);
        host.Publisher.Fail = true;
        var visitor = host.NewClient();
        using var posted = await FormsTestHost.PostMultipartAsync(visitor, "/contact", ValidContact());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = Assert.Single(await host.SubmissionsAsync());
        Assert.Equal(SubmissionEventStatus.Failed, stored.EventStatus);
        Assert.Contains("engine is down", stored.EventError, StringComparison.Ordinal);
        Assert.Contains(stored.ReceiptNumber, await visitor.GetStringAsync(posted.Headers.Location!.OriginalString), StringComparison.Ordinal);

        host.Publisher.Fail = false;
        var admin = await host.AdminClientAsync();
        var detail = $"/admin/forms/submissions/{stored.Id}";
        using var resent = await admin.PostFormAsync(detail, detail + "/resend", []);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(SubmissionEventStatus.Published, Assert.Single(await host.SubmissionsAsync()).EventStatus);
        Assert.Equal($"form-submission:{stored.Id}", Assert.Single(host.Publisher.Events).EventId);
    }
}
