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
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport;

/// <summary>実証実験サポート: pilots of new technology or services in the city's fields, from acceptance to the report and the case study.</summary>
public sealed class PilotSupportModule : ModuleBase
{
    public const string Id = "PilotSupport";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("実証実験サポート", "Pilot support"),
        new("事業者等が市内で行う実証実験の提案を受け付け、フィールドや行政データの提供などで支援します。", "Accepts proposals for pilots in the city and supports them with fields, open data and publicity."),
        "Proposals",
        ["Proposals"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PilotSupportDbContext>(Id);
        services.AddSingleton<IProposalScheme, PilotScheme>();
        services.AddSingleton<IWorkflowTemplateProvider, PilotSupportWorkflow>();
        services.AddScoped<ISchemeReport, PilotSchemeReport>();
        services.AddSingleton<IContentTypeProvider, PilotContentType>();
        services.AddScoped<PilotAccess>();
        services.AddScoped<PilotList>();
        services.AddScoped<PilotCsv>();
        services.AddScoped<PilotPublicPages>();
        services.AddScoped<PilotLifecycle>();
        services.AddScoped<PilotReports>();
        services.AddScoped<PilotReportArrivals>();
        services.AddScoped<PilotReminders>();
        services.AddScoped<PilotCaseStudies>();
        services.AddScoped<IRecipeStep, PilotsRecipeStep>();
        services.AddHostedService<PilotSupportBackgroundService>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}
