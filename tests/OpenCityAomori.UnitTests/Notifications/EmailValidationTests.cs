using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.Notifications.Services;

namespace OpenCityAomori.UnitTests.Notifications;

public sealed class EmailValidationTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("desk@example.jp", "desk@example.jp")]
    [InlineData("  desk@city.aomori.lg.jp ", "desk@city.aomori.lg.jp")]
    [InlineData("公民連携デスク <desk@example.jp>", "desk@example.jp")]
    public void Accepts_plain_and_named_addresses(string value, string address)
    {
        Assert.True(EmailAddresses.TryParse(value, out var mailbox));
        Assert.Equal(address, mailbox.Address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("desk")]
    [InlineData("desk@")]
    [InlineData("@example.jp")]
    [InlineData("desk @example.jp")]
    [InlineData("a@example.jp, b@example.jp")]
    [InlineData("desk@example.jp\r\nBcc: victim@example.jp")]
    [InlineData("desk@example..jp")]
    public void Refuses_what_is_not_one_address(string value) =>
        Assert.False(EmailAddresses.TryParse(value, out _));

    [Fact]
    public void Prepare_names_the_bad_address_in_the_exception()
    {
        var error = Assert.Throws<ArgumentException>(() => EmailOutbox.Prepare(new EmailMessage(["ok@example.jp", "間違い"], "件名", "本文"), Now));
        Assert.Contains("間違い", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_refuses_no_recipient_and_no_subject()
    {
        Assert.Throws<ArgumentException>(() => EmailOutbox.Prepare(new EmailMessage([], "件名", "本文"), Now));
        Assert.Throws<ArgumentException>(() => EmailOutbox.Prepare(new EmailMessage(["a@example.jp"], "  ", "本文"), Now));
        Assert.Throws<ArgumentException>(() => EmailOutbox.Prepare(new EmailMessage(["a@example.jp"], "件名", "本文", ReplyTo: "nobody"), Now));
    }

    [Fact]
    public void Prepare_dedupes_recipients_flattens_the_subject_and_makes_the_message_due_now()
    {
        var email = EmailOutbox.Prepare(new EmailMessage(["A@example.jp", "a@example.jp", "b@example.jp"], "一行目\r\n二行目", "本文"), Now);
        Assert.Equal(2, email.Recipients.Count);
        Assert.Equal("一行目 二行目", email.Subject);
        Assert.Equal(Now, email.NextAttemptUtc);
        Assert.Equal(0, email.Attempts);
    }
}
