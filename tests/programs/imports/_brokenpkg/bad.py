x = undefined_name
