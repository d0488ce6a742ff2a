using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Creates the forms other modules declare, with their locked fields, at every start.</summary>
internal sealed class FormsStartupTask(FormDefinitionStore store) : IStartupTask
{
    public int Order => 500;

    public Task RunAsync(CancellationToken cancellationToken) => store.EnsureTemplatesAsync(cancellationToken);
}
