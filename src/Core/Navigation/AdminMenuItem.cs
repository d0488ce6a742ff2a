using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Core.Navigation;

/// <summary>One entry of the admin navigation; shown only to users who hold its permission.</summary>
public sealed record AdminMenuItem(LocalizedText Text, string Url, Permission Permission, int Order, LocalizedText Group);

public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}

public static class AdminMenuGroups
{
    public static readonly LocalizedText Content = new("コンテンツ", "Content");
    public static readonly LocalizedText Security = new("ユーザーと権限", "Users and security");
    public static readonly LocalizedText Configuration = new("設定", "Configuration");
}

/// <summary>A link in the public site's main navigation.</summary>
public sealed record PublicNavigationItem(string Title, string Url, int Order);

public interface IPublicNavigationProvider
{
    Task<IReadOnlyList<PublicNavigationItem>> GetItemsAsync(string culture, CancellationToken cancellationToken);
}
