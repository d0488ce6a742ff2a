using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.Admin;
using OpenCityAomori.Modules.AuditTrail;
using OpenCityAomori.Modules.Contents;
using OpenCityAomori.Modules.Forms;
using OpenCityAomori.Modules.Media;
using OpenCityAomori.Modules.Notifications;
using OpenCityAomori.Modules.Partnership;
using OpenCityAomori.Modules.PilotSupport;
using OpenCityAomori.Modules.Portal;
using OpenCityAomori.Modules.Proposals;
using OpenCityAomori.Modules.Search;
using OpenCityAomori.Modules.Users;
using OpenCityAomori.Modules.Workflows;
using OpenCityAomori.Themes.AdminTheme;
using OpenCityAomori.Themes.AomoriTheme;

namespace OpenCityAomori.Web;

/// <summary>The one place where the host lists its modules and themes.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<ModuleBase> All { get; } =
    [
        new AuditTrailModule(),
        new UsersModule(),
        new AdminModule(),
        new ContentsModule(),
        new MediaModule(),
        new PortalModule(),
        new SearchModule(),
        new NotificationsModule(),
        new FormsModule(),
        new WorkflowsModule(),
        new ProposalsModule(),
        new PartnershipModule(),
        new PilotSupportModule(),
        new AomoriThemeModule(),
        new AdminThemeModule(),
    ];
}
