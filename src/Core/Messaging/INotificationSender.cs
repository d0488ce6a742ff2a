namespace OpenCityAomori.Core.Messaging;

/// <summary>
/// An in-app notification for staff: to named users, to everyone holding one of the roles, and/or
/// to everyone in one of the departments (by department code). <paramref name="Url"/> is a local
/// path the notification links to (e.g. the task page).
/// </summary>
public sealed record NotificationRequest(
    string Title,
    string Body,
    string? Url = null,
    IReadOnlyList<string>? UserIds = null,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<string>? DepartmentCodes = null,
    string? Source = null);

/// <summary>Stores in-app notifications in the caller's unit of work. Implemented by Notifications.</summary>
public interface INotificationSender
{
    /// <summary>Resolves the recipients and stores one notification per user; returns how many.</summary>
    Task<int> NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default);
}
