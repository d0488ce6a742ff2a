using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.PilotSupport;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("実証実験", "Pilots"), "/admin/pilots", Permissions.ViewPilots, 320, new("民間提案", "Proposals")),
    ];
}
