using System.Security.Claims;

namespace OpenCityAomori.Core.Navigation;

/// <summary>The admin navigation assembled from enabled modules, filtered by the user's permissions.</summary>
public interface IAdminMenu
{
    Task<IReadOnlyList<AdminMenuGroup>> GetMenuAsync(ClaimsPrincipal user);
}

public sealed record AdminMenuGroup(string Title, IReadOnlyList<AdminMenuItem> Items);
