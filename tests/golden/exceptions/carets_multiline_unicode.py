données = {"clé": [1,
                   2]}
x = données["clé"][5] if False else données["absent"
                                            ]
