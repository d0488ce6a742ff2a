using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Notifications;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly LocalizedText Group = new("業務", "Work");

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("お知らせ", "Notifications"), "/admin/notifications", Permissions.ViewOwnNotifications, 50, Group),
        new(new("メール送信キュー", "E-mail outbox"), "/admin/notifications/outbox", Permissions.ManageEmailOutbox, 430, AdminMenuGroups.Configuration),
    ];
}
