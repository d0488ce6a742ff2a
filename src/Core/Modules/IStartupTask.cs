namespace OpenCityAomori.Core.Modules;

/// <summary>Work a module does once at start-up, after every migration has run (seeding roles, for example).</summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
