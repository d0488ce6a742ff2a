using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Partnership.Data;

namespace OpenCityAomori.Modules.Partnership;

/// <summary>パートナーシップ事業: proposals carried out as a joint project under an agreement; accepted ones become agreement drafts.</summary>
public sealed class PartnershipModule : ModuleBase
{
    public const string Id = "Partnership";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("パートナーシップ事業", "Partnership projects"),
        new("市と事業者等が役割を分担して取り組む連携事業の提案を受け付けます。", "Accepts proposals for joint projects in which the city and a partner share the roles."),
        "Proposals",
        ["Proposals"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PartnershipDbContext>(Id);
        services.AddSingleton<IProposalScheme, PartnershipScheme>();
        services.AddSingleton<IWorkflowTemplateProvider, PartnershipWorkflow>();
    }
}
