"""HTTP layer: endpoint (app factory), plugs (dependencies), controllers, views."""
