using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Search;

internal sealed class PublicNavigation : IPublicNavigationProvider
{
    public Task<IReadOnlyList<PublicNavigationItem>> GetItemsAsync(string culture, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PublicNavigationItem>>(
            culture == Cultures.English ? [new("Search", "/en/search", 900)] : [new("検索", "/search", 900)]);
}
