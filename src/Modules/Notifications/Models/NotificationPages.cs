namespace OpenCityAomori.Modules.Notifications.Models;

internal sealed record InboxPage(IReadOnlyList<UserNotification> Items, int UnreadCount, int Page, int TotalPages);

internal sealed record OutboxPage(IReadOnlyList<OutboxEmail> Emails, EmailStatus? Status, IReadOnlyDictionary<EmailStatus, int> Counts, int Page, int TotalPages);
