using System.Text;
using MimeKit;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.Notifications.Services;

namespace OpenCityAomori.UnitTests.Notifications;

public sealed class MimeMessagesTests
{
    [Fact]
    public void Japanese_subject_and_body_are_utf8_on_the_wire_and_survive_a_round_trip()
    {
        var now = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var email = EmailOutbox.Prepare(new EmailMessage(["相談者 <proposer@example.jp>"], "実証実験のご相談について", "青森市です。\n𠮷野家・ｶﾀｶﾅ"), now);

        var message = MimeMessages.Build(email, new MailboxAddress("公民連携デスク", "desk@example.jp"), now);
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        var wire = Encoding.ASCII.GetString(stream.ToArray());

        Assert.Contains("Subject: =?utf-8?", wire, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("charset=utf-8", wire, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Message-Id: <{email.Id:N}@example.jp>", wire, StringComparison.OrdinalIgnoreCase);
        stream.Position = 0;
        var parsed = MimeMessage.Load(stream);
        Assert.Equal("実証実験のご相談について", parsed.Subject);
        Assert.Equal("青森市です。\n𠮷野家・ｶﾀｶﾅ", parsed.TextBody?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("公民連携デスク", parsed.From.Mailboxes.Single().Name);
    }

    [Theory]
    [InlineData("/admin/workflows/tasks/1", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    public void Notification_links_must_stay_on_the_site(string url, bool local) =>
        Assert.Equal(local, NotificationSender.IsLocalPath(url));
}
