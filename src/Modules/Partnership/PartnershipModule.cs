using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership;

/// <summary>
/// パートナーシップ事業: proposals carried out as a joint project under an agreement. Accepted ones become agreement drafts;
/// the registry tracks every agreement (also those predating the scheme) to its end, publishes the signed ones as content
/// and turns finished ones into case-study drafts.
/// </summary>
public sealed class PartnershipModule : ModuleBase
{
    public const string Id = "Partnership";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("パートナーシップ事業", "Partnership projects"),
        new("市と事業者等が役割を分担して取り組む連携事業の提案を受け付け、連携協定の台帳を管理します。", "Accepts proposals for joint projects in which the city and a partner share the roles, and keeps the register of partnership agreements."),
        "Proposals",
        ["Proposals", "Contents"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PartnershipDbContext>(Id);
        services.AddSingleton<IProposalScheme, PartnershipScheme>();
        services.AddSingleton<IWorkflowTemplateProvider, PartnershipWorkflow>();
        services.AddScoped<ISchemeReport, PartnershipReport>();
        services.AddSingleton<IContentTypeProvider, AgreementContentType>();
        services.AddScoped<AgreementAccess>();
        services.AddScoped<AgreementList>();
        services.AddScoped<AgreementCsv>();
        services.AddScoped<AgreementStore>();
        services.AddScoped<AgreementPublication>();
        services.AddScoped<AgreementDocuments>();
        services.AddScoped<AgreementCaseStudies>();
        services.AddScoped<AgreementDetails>();
        services.AddScoped<AgreementReminders>();
        services.AddScoped<IRecipeStep, PartnershipRecipeStep>();
        services.AddHostedService<PartnershipBackgroundService>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}
