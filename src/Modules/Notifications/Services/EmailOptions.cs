namespace OpenCityAomori.Modules.Notifications.Services;

internal enum SmtpSecurity
{
    /// <summary>TLS when the server offers STARTTLS, plain otherwise (MailKit's Auto).</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The "Email" configuration section.</summary>
internal sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>Sender address; when empty the site's desk e-mail is used, else noreply@localhost.</summary>
    public string? From { get; set; }

    public string? FromName { get; set; }

    /// <summary>When set, messages are written there as .eml files instead of being sent over SMTP.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often every node looks for messages that are due.</summary>
    public double PollSeconds { get; set; } = 2;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failed attempt; it doubles after each further failure.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>Sent messages are deleted after this many days.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Read notifications are deleted after this many days.</summary>
    public int NotificationRetentionDays { get; set; } = 180;

    /// <summary>How long a claim on a message lasts before another node may take it over.</summary>
    public double LeaseSeconds { get; set; } = 120;

    public int BatchSize { get; set; } = 20;

    public RetrySchedule Schedule => new(TimeSpan.FromSeconds(RetryBaseSeconds), TimeSpan.FromSeconds(RetryMaxSeconds), MaxAttempts);
}

internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public double TimeoutSeconds { get; set; } = 30;
}
