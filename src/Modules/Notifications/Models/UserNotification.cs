namespace OpenCityAomori.Modules.Notifications.Models;

/// <summary>An in-app notification for one staff member (Notifications_Items).</summary>
internal sealed class UserNotification
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public string? Url { get; set; }

    public string? Source { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
