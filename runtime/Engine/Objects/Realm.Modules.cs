using Aot.Engine.Modules;

namespace Aot.Engine.Objects;

public sealed partial class Realm
{
    /// <summary>The host hooks for module loading and `import.meta` (null: `import` rejects).</summary>
    public IModuleHost? ModuleHost { get; set; }
}
