using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Modules.Notifications.Data;
using OpenCityAomori.Modules.Notifications.Models;

namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>
/// Resolves users, roles and department codes to enabled staff (each once) and stores one
/// notification per person, in the caller's ambient transaction when there is one.
/// </summary>
internal sealed class NotificationSender(
    IUserDirectory directory,
    DbContextOptions<NotificationsDbContext> options,
    AmbientTransaction ambient,
    TimeProvider clock) : INotificationSender
{
    public async Task<int> NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            throw new ArgumentException("A notification needs a title. / 通知の件名がありません。", nameof(request));
        }

        if (request.Url is { Length: > 0 } url && !IsLocalPath(url))
        {
            throw new ArgumentException($"The link must be a local path: \"{url}\" / リンクはサイト内のパスにしてください。", nameof(request));
        }

        var recipients = await RecipientsAsync(request, cancellationToken);
        if (recipients.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = new NotificationsDbContext(options);
        ambient.Enlist(db);
        foreach (var userId in recipients)
        {
            db.Items.Add(new UserNotification
            {
                Id = Guid.NewGuid(),
                UserId = userId,
                Title = Truncate(request.Title.Trim(), 500),
                Body = Truncate(request.Body ?? string.Empty, 4000),
                Url = string.IsNullOrEmpty(request.Url) ? null : request.Url,
                Source = request.Source is null ? null : Truncate(request.Source, 200),
                CreatedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return recipients.Count;
    }

    /// <summary>A path on this site ("/admin/..."), never another site ("//host", "https://...").</summary>
    public static bool IsLocalPath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private async Task<List<string>> RecipientsAsync(NotificationRequest request, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in request.UserIds ?? [])
        {
            if (await directory.FindUserAsync(key, cancellationToken) is { IsDisabled: false } user && seen.Add(user.Id))
            {
                ids.Add(user.Id);
            }
        }

        if (request.Roles is { Count: > 0 } || request.DepartmentCodes is { Count: > 0 })
        {
            foreach (var user in await directory.FindUsersAsync(request.Roles, request.DepartmentCodes, cancellationToken))
            {
                if (!user.IsDisabled && seen.Add(user.Id))
                {
                    ids.Add(user.Id);
                }
            }
        }

        return ids;
    }

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
