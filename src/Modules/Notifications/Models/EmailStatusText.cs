using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Notifications.Models;

internal static class EmailStatusText
{
    public static LocalizedText Of(EmailStatus status) => status switch
    {
        EmailStatus.Pending => new("送信待ち", "Pending"),
        EmailStatus.Sending => new("送信中", "Sending"),
        EmailStatus.Sent => new("送信済み", "Sent"),
        _ => new("送信失敗", "Failed"),
    };

    public static string BadgeClass(EmailStatus status) => status switch
    {
        EmailStatus.Sent => "badge badge-ok",
        EmailStatus.Failed => "badge badge-warning",
        _ => "badge badge-muted",
    };
}
