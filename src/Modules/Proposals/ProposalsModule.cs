using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Mvc;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Services;
using OpenCityAomori.Modules.Proposals.Workflows;

namespace OpenCityAomori.Modules.Proposals;

/// <summary>民間提案制度: the desk's one window, from a proposal's submission to its answer.</summary>
public sealed class ProposalsModule : ModuleBase
{
    public const string Id = "Proposals";

    /// <summary>The rate-limiter policy of proposal posts (submission, reply, link request), per client address.</summary>
    public const string SubmitRateLimit = "proposals-submit";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("民間提案", "Proposals"),
        new("民間提案制度の提案を受け付け、提案者との連絡、担当課への回付、回答までを管理します。", "Receives proposals under the private proposal scheme and handles them to the answer: messages with the proposer, routing to departments."),
        "Proposals",
        ["Notifications", "Contents", "Users"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProposalsDbContext>(Id);
        services.Configure<ProposalsOptions>(configuration.GetSection(ProposalsOptions.SectionName));
        services.AddScoped<ProposalSchemes>();
        services.AddMemoryCache();
        services.AddScoped<ProposalSettingsStore>();
        services.AddScoped<ProposalFormOptionsProvider>();
        services.AddScoped<ProposalStore>();
        services.AddScoped<ProposalEditorFields>();
        services.AddScoped<ProposalDocuments>();
        services.AddScoped<IProposalReader, ProposalReaderGateway>();
        services.AddScoped<IProposalUpdates, ProposalUpdatesGateway>();
        services.AddSingleton<IFormTemplateProvider, ProposalFormTemplate>();
        services.AddScoped<ProposalEmails>();
        services.AddScoped<ProposalThread>();
        services.AddScoped<ProposalEventPublisher>();
        services.AddScoped<ProposalAccess>();
        services.AddScoped<ProposalLinks>();
        services.AddScoped<ProposalInbox>();
        services.AddScoped<ProposalDashboard>();
        services.AddScoped<ProposalCsv>();
        services.AddScoped<ProposalDecisions>();
        services.AddScoped<ProposalOpinions>();
        services.AddScoped<PreConsultations>();
        services.AddScoped<ProposalAuditHistory>();
        services.AddScoped<ProposalDisclosure>();
        services.AddScoped<DisclosureExport>();
        services.AddSingleton<IChallengeProposalLink, ChallengeProposalLink>();
        services.AddScoped<ProposalRetention>();
        services.AddScoped<IRecipeStep, ProposalsRecipeStep>();
        services.AddHostedService<ProposalsBackgroundService>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, PublicNavigation>();
        services.AddSingleton<IWorkflowEventSource, ProposalEventSource>();
        services.AddSingleton<IWorkflowActivity, MessageProposerActivity>();
        services.AddSingleton<IWorkflowActivity, SetProposalStageActivity>();
        services.AddSingleton<IWorkflowActivity, AcceptProposalActivity>();
        services.AddPerClientRateLimit(SubmitRateLimit, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<ProposalsOptions>>().Value;
            return (settings.SubmitPermitLimit, settings.SubmitWindowSeconds);
        });
    }
}
