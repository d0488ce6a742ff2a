using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>The guide pages that have a menu position, in the page's language.</summary>
internal sealed class GuideNavigation(IPageQuery pages) : IPublicNavigationProvider
{
    public async Task<IReadOnlyList<PublicNavigationItem>> GetItemsAsync(string culture, CancellationToken cancellationToken)
    {
        var prefix = culture == Cultures.English ? "/en/" : "/";
        return (await pages.ListPublishedAsync(culture, cancellationToken))
            .Where(p => p.MenuOrder is not null)
            .Select(p => new PublicNavigationItem(p.Title, prefix + Uri.EscapeDataString(p.Slug), p.MenuOrder!.Value))
            .ToList();
    }
}
