using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals;

/// <summary>提案する / Propose in the main menu: the desk's one window for proposals (事前相談 is linked from the form).</summary>
internal sealed class PublicNavigation : IPublicNavigationProvider
{
    public Task<IReadOnlyList<PublicNavigationItem>> GetItemsAsync(string culture, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PublicNavigationItem>>(
            [culture == Cultures.English ? new("Propose", ProposalRoutes.FormUrl(Cultures.English), 880) : new("提案する", ProposalRoutes.FormUrl(Cultures.Japanese), 880)]);
}
