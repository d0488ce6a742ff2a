using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// The main menu: guide pages with a menu position, the lists of case studies, challenges, news, FAQ and methods, and
/// the lists other modules declare, each at its own menu order.
/// </summary>
internal sealed class PortalNavigation(PortalContent content, DeclaredLists declared) : IPublicNavigationProvider
{
    public async Task<IReadOnlyList<PublicNavigationItem>> GetItemsAsync(string culture, CancellationToken cancellationToken)
    {
        var english = culture == Cultures.English;
        var pages = PortalContentTypes.Get(PortalContentTypes.Page);
        var guides = (await content.GuidesAsync(culture, cancellationToken))
            .Select(p => new PublicNavigationItem(p.Title, ContentRoutes.UrlFor(pages, culture, p.Slug), (int)Math.Clamp(p.Fields.GetNumber("menuOrder")!.Value, 0, 99)));
        var lists = PortalLists.All.Select(l => new PublicNavigationItem(
            english ? l.Title.En : l.Title.Ja,
            ContentRoutes.ListUrlFor(PortalContentTypes.Get(l.Type), culture),
            l.MenuOrder));
        var others = (await declared.AllAsync(cancellationToken)).Select(l => new PublicNavigationItem(
            english ? l.List.Title.En : l.List.Title.Ja,
            ContentRoutes.ListUrlFor(l.Type, culture),
            l.List.MenuOrder));
        return [.. guides, .. lists, .. others];
    }
}
