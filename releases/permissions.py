"""What the "Editors" group may do: the records of the tracker, and no user administration."""

EDITORS_GROUP = "Editors"

# model name -> actions an editor has on it
EDITOR_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "announcement": ("add", "change", "delete", "view", "publish"),
    "figure": ("add", "change", "delete", "view"),
    "source": ("add", "change", "delete", "view"),
    "official": ("add", "change", "delete", "view"),
    "feed": ("add", "change", "delete", "view"),
    "prisoner": ("add", "change", "delete", "view"),
    "prisonercategory": ("change", "view"),
    "prisonerevent": ("add", "change", "delete", "view"),
    "followup": ("add", "change", "delete", "view"),
}


def sync_editors_group(apps, schema_editor) -> None:
    """Create the Editors group (or bring it up to date) with exactly EDITOR_PERMISSIONS.

    Run from migrations: permissions are normally made after migrating, so they are
    created here first for the models that exist at this point of the history.
    """
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("releases")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(schema_editor.connection.alias).get_or_create(name=EDITORS_GROUP)
    wanted = [f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions]
    permissions = Permission.objects.using(schema_editor.connection.alias).filter(
        content_type__app_label="releases", codename__in=wanted
    )
    group.permissions.set(permissions)
